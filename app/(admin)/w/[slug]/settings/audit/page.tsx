import { AuditLog } from "@/components/settings/audit-log";
import { PageHeader } from "@/components/ui/card";

export default function AuditLogPage() {
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed members, keys, identity settings and end users' data in this workspace: when, and from which address."
      />
      <AuditLog />
    </>
  );
}
