import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { handleSignIn } from "@/server/auth/handle-sign-in";

const nextAuth = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

export const GET = nextAuth;
export const POST = (request: Request, context: unknown) => handleSignIn(request, context, nextAuth);
