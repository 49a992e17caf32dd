import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import { authenticate } from "./authenticate";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";

const ZCredentials = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The JWT names a Session row (token.sid); getSessionUser refuses it once the row is gone.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        return authenticate({ db, email: parsed.data.email, password: parsed.data.password });
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (await startSession({ db, userId: user.id })).id;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, { id: token.sub, sid: token.sid });
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession({ db, sessionId: token.sid });
    },
  },
};
