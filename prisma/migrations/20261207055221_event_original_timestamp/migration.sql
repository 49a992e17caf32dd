-- AlterTable
ALTER TABLE "Event" ADD COLUMN "originalTimestamp" DATETIME;
