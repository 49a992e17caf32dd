import { Personas } from "@/components/settings/personas";
import { PageHeader } from "@/components/ui/card";

export default function PersonasPage() {
  return (
    <>
      <PageHeader
        title="Personas"
        description="Named rules over user traits. Changing one reassigns every user in the background."
      />
      <Personas />
    </>
  );
}
