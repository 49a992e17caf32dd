// Every action the audit log records, with the words the Audit log page shows for it. Adding an
// action here is the only way to record it, so the page can always describe every entry.
export const AUDIT_ACTIONS = {
  "member.invited": "Invited a member",
  "member.invite-revoked": "Revoked an invite",
  "member.joined": "Joined the workspace",
  "member.role-changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "key.created": "Created an API key",
  "key.revoked": "Revoked an API key",
  "identity.mode-changed": "Changed identity verification",
  "identity.secret-created": "Created an identity secret",
  "identity.secret-revoked": "Revoked an identity secret",
  "quotas.changed": "Changed the workspace's quotas",
  "privacy.settings-changed": "Changed data retention or erasure settings",
  "end-user.exported": "Exported an end user's data",
  "end-user.erased": "Erased an end user",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];
