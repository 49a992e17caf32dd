// Server-side signing of a userId for verified identity (docs/decisions/verified-identity.md):
// HMAC-SHA256 of the userId (UTF-8) with the workspace's identity secret, as lowercase hex. Shown on
// the Install page; tests/unit/signing-examples.test.ts checks them against the server's verifier
// where the language runs on the test machine.

export const SIGNING_EXAMPLES: { language: string; code: string }[] = [
  {
    language: "Node.js",
    code: `import { createHmac } from "node:crypto";

const userHash = createHmac("sha256", process.env.CAIRN_IDENTITY_SECRET)
  .update(String(user.id))
  .digest("hex");`,
  },
  {
    language: "Python",
    code: `import hashlib, hmac, os

user_hash = hmac.new(
    os.environ["CAIRN_IDENTITY_SECRET"].encode(), str(user.id).encode(), hashlib.sha256
).hexdigest()`,
  },
  {
    language: "Ruby",
    code: `require "openssl"

user_hash = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("CAIRN_IDENTITY_SECRET"), user.id.to_s)`,
  },
  {
    language: "PHP",
    code: `$userHash = hash_hmac('sha256', (string) $user->id, getenv('CAIRN_IDENTITY_SECRET'));`,
  },
  {
    language: "Go",
    code: `import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
)

mac := hmac.New(sha256.New, []byte(os.Getenv("CAIRN_IDENTITY_SECRET")))
mac.Write([]byte(userID))
userHash := hex.EncodeToString(mac.Sum(nil))`,
  },
];
