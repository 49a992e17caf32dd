// Airtouch's onboarding setup: the first-run role question and two live checklists, one per
// persona. The seed stores them (prisma/seed/onboarding-history.ts gives them 12 weeks of
// history) and the e2e tests build their own workspace from the same definitions, so the
// demo and the tests exercise the same checklists. Pure data: no server imports beyond types.
import type { RoleQuestion, TChecklistFormInput } from "../../server/onboarding/schemas";

/** "Team invites" shipped this many days into the history; "Bring your team" went live with it. */
export const INVITES_RELEASE_OFFSET = 42;

export const PIPELINE_CHECKLIST_TITLE = "Get your first pipeline running";
export const TEAM_CHECKLIST_TITLE = "Bring your team";

export type AirtouchChecklist = {
  key: "pipeline" | "team";
  /** The persona (by name, see PERSONAS in airtouch.ts) the checklist targets. */
  persona: string;
  /** Days after the history's start when it went live ("Bring your team" shipped with invites). */
  launchOffsetDays: number;
  input: TChecklistFormInput;
};

export const AIRTOUCH_CHECKLISTS: readonly AirtouchChecklist[] = [
  {
    key: "pipeline",
    persona: "Data engineer",
    launchOffsetDays: 0,
    input: {
      title: PIPELINE_CHECKLIST_TITLE,
      description: "From sign-up to your first rows in the warehouse.",
      holdoutPercent: 10,
      goalEvent: "workflow_run",
      translations: {
        fr: {
          title: "Lancez votre premier pipeline",
          description: "De l'inscription à vos premières lignes dans l'entrepôt.",
        },
        de: {
          title: "Ihre erste Pipeline starten",
          description: "Von der Anmeldung bis zu den ersten Zeilen im Warehouse.",
        },
      },
      items: [
        {
          title: "Add a connection",
          body: "Connect the database or SaaS tool you want to read from.",
          ctaUrl: "/demo/app/connections",
          completion: { event: "connection_created" },
          translations: {
            fr: { title: "Ajouter une connexion", body: "Connectez la base de données ou l'outil SaaS à lire." },
            de: {
              title: "Verbindung hinzufügen",
              body: "Verbinden Sie die Datenbank oder das SaaS-Tool, aus dem gelesen wird.",
            },
          },
        },
        {
          title: "Create a workflow",
          body: "Pick a source and a destination, then save it.",
          ctaUrl: "/demo/app/workflows",
          completion: { event: "workflow_saved" },
          precursorEvent: "workflow_started",
          translations: {
            fr: { title: "Créer un workflow", body: "Choisissez une source et une destination, puis enregistrez." },
            de: { title: "Workflow erstellen", body: "Wählen Sie Quelle und Ziel und speichern Sie." },
          },
        },
        {
          title: "Run your workflow",
          body: "Run it once to move your first rows.",
          ctaUrl: "/demo/app/workflows",
          completion: { event: "workflow_run", where: { key: "status", op: "equals", value: "success" } },
          translations: {
            fr: { title: "Exécuter votre workflow", body: "Lancez-le une fois pour copier vos premières lignes." },
            de: { title: "Workflow ausführen", body: "Führen Sie ihn einmal aus, um die ersten Zeilen zu kopieren." },
          },
        },
        {
          title: "Connect your warehouse",
          body: "Once per company: where Airtouch writes your data. Anyone on your team can do it.",
          ctaUrl: "/demo/app/connections",
          completion: { event: "connection_created", where: { key: "direction", op: "equals", value: "destination" } },
          scope: "account",
          translations: {
            fr: {
              title: "Connecter votre entrepôt",
              body: "Une fois par entreprise : là où Airtouch écrit vos données. N'importe qui dans l'équipe peut le faire.",
            },
            de: {
              title: "Warehouse verbinden",
              body: "Einmal pro Firma: wohin Airtouch Ihre Daten schreibt. Jede Person im Team kann es tun.",
            },
          },
        },
      ],
    },
  },
  {
    key: "team",
    persona: "Sales / marketing",
    launchOffsetDays: INVITES_RELEASE_OFFSET,
    input: {
      title: TEAM_CHECKLIST_TITLE,
      description: "Airtouch works best when the person who owns your data sets it up.",
      holdoutPercent: 10,
      goalEvent: "colleague_invited",
      translations: {
        fr: {
          title: "Faites venir votre équipe",
          description: "Airtouch donne le meilleur quand la personne qui gère vos données l'installe.",
        },
        de: {
          title: "Holen Sie Ihr Team dazu",
          description: "Airtouch wirkt am besten, wenn die Person, die Ihre Daten verantwortet, es einrichtet.",
        },
      },
      items: [
        {
          title: "Invite a colleague",
          body: "Ask the engineer who owns your data to set up the connections.",
          ctaUrl: "/demo/app/team",
          completion: { event: "colleague_invited" },
          translations: {
            fr: {
              title: "Inviter un collègue",
              body: "Demandez à l'ingénieur qui gère vos données de créer les connexions.",
            },
            de: {
              title: "Kollegen einladen",
              body: "Bitten Sie die Person, die Ihre Daten verantwortet, die Verbindungen einzurichten.",
            },
          },
        },
        {
          title: "Open the docs",
          body: "The getting started guide takes five minutes.",
          ctaUrl: "/demo/app/docs",
          completion: { event: "docs_opened" },
          translations: {
            fr: { title: "Ouvrir la documentation", body: "Le guide de démarrage prend cinq minutes." },
            de: { title: "Dokumentation öffnen", body: "Die Einführung dauert fünf Minuten." },
          },
        },
        {
          title: "See your first sync",
          body: "Done as soon as anyone on your team runs a workflow.",
          ctaUrl: "/demo/app/workflows",
          completion: { event: "workflow_run", where: { key: "status", op: "equals", value: "success" } },
          scope: "account",
          translations: {
            fr: {
              title: "Voir votre première synchro",
              body: "Fait dès que quelqu'un de votre équipe exécute un workflow.",
            },
            de: {
              title: "Erste Synchronisierung sehen",
              body: "Erledigt, sobald jemand im Team einen Workflow ausführt.",
            },
          },
        },
      ],
    },
  },
];

/** Asked of users whose host sends no `role` (the demo's "No role yet" persona). */
export const AIRTOUCH_ROLE_QUESTION: RoleQuestion = {
  enabled: true,
  trait: "role",
  question: {
    en: "What best describes your role?",
    fr: "Quel rôle vous décrit le mieux ?",
    de: "Welche Rolle beschreibt Sie am besten?",
  },
  options: [
    { value: "data engineer", label: { en: "Data engineer", fr: "Ingénieur·e data", de: "Data Engineer" } },
    {
      value: "analytics engineer",
      label: { en: "Analytics engineer", fr: "Analytics engineer", de: "Analytics Engineer" },
    },
    { value: "sales", label: { en: "Sales", fr: "Ventes", de: "Vertrieb" } },
    { value: "marketing", label: { en: "Marketing", fr: "Marketing", de: "Marketing" } },
    { value: "other", label: { en: "Something else", fr: "Autre chose", de: "Etwas anderes" } },
  ],
};
