import type { Db } from "../db";
import { AppError } from "../errors";
import { hashPassword } from "../auth/password";
import type { TSignUpInput } from "./schemas";

export async function signUp(args: { db: Db; input: TSignUpInput }) {
  const existing = await args.db.user.findUnique({ where: { email: args.input.email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  const passwordHash = await hashPassword(args.input.password);
  return args.db.user.create({
    data: { email: args.input.email, name: args.input.name, passwordHash },
    select: { id: true, email: true, name: true },
  });
}
