-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "originalTimestamp" TIMESTAMP(3);
