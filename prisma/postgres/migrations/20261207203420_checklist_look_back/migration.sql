-- AlterTable
ALTER TABLE "Checklist" ADD COLUMN     "lookBackDays" INTEGER NOT NULL DEFAULT 30;
