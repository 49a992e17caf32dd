// What Airtouch's users sent with the feedback button, by category and language, with the page
// of the demo app they sent it from. Same conventions as airtouch-voice-verbatims.ts. Pure data.
import type { FeedbackCategory, WidgetLocale } from "../../server/contract/widget-protocol";
import { v, type Verbatim } from "./airtouch-voice-verbatims";

/** Pages of the demo app (app/demo/app/**); "workflow" is one workflow's page. */
export type DemoPage = "home" | "connections" | "workflows" | "workflow" | "team" | "docs";

export type ButtonText = Verbatim & { page: DemoPage };

function b(page: DemoPage, text: string, tags: string, extra: Omit<Verbatim, "text" | "tags"> = {}): ButtonText {
  return { ...v(text, tags, extra), page };
}

export const BUTTON_TEXTS: Record<FeedbackCategory, Record<WidgetLocale, readonly ButtonText[]>> = {
  idea: {
    en: [
      b(
        "connections",
        "Let me duplicate a connection instead of re-entering the credentials for each environment.",
        "connectors ux",
      ),
      b(
        "workflow",
        "A Slack alert when a workflow fails would save us checking the runs page every morning.",
        "reliability",
        { topic: "run-alerts" },
      ),
      b("connections", "Please add incremental sync for Salesforce; full syncs eat our API quota.", "connectors", {
        topic: "incremental-crm",
      }),
      b("workflow", "Warn me when a source table gains or renames a column, before the next run fails.", "schema", {
        topic: "schema-drift",
      }),
      b("workflow", "Could a workflow trigger a dbt Cloud job when it finishes?", "workflows", { topic: "dbt" }),
      b("team", "SAML SSO with Okta, please. Our IT team requires it for every tool.", "security", { topic: "sso" }),
      b(
        "home",
        "Show the rows synced per workflow this month somewhere, so we can see what drives the bill.",
        "billing",
        { topic: "billing-page" },
      ),
      b("connections", "Add a Zendesk connector.", "connectors"),
      b("workflows", "Allow tagging workflows by team so the list stays manageable.", "workflows ux"),
      b("workflow", "Dark mode for the workflow editor.", "ux"),
      b("workflow", "A 'run on a sample of 1,000 rows' button for testing changes.", "workflows"),
      b("workflows", "Export the run history as CSV for our monthly ops review.", "reliability"),
      b("workflows", "Let me pause all workflows at once during a warehouse migration.", "workflows"),
      b("workflow", "Retry a failed run automatically once or twice before marking it as failed.", "reliability", {
        topic: "retries",
        before: "retries",
      }),
      b("workflow", "Version history for workflows, with a diff between two versions.", "workflows"),
      b("connections", "Support Snowflake key-pair rotation without recreating the connection.", "connectors security"),
      b("team", "Let viewers comment on a workflow without giving them edit rights.", "ux"),
      b("connections", "A Google Ads audiences destination for reverse ETL.", "connectors"),
      b("workflow", "Data quality checks after a load: row count drift and null rates.", "reliability"),
      b("docs", "Search the docs from inside the app.", "docs ux"),
      b("workflow", "Schedule in our time zone instead of UTC only.", "workflows"),
      b("home", "An email digest of yesterday's failed runs for managers.", "reliability", { topic: "run-alerts" }),
      b("team", "Let me invite colleagues with a role already set (viewer, editor).", "ux onboarding"),
      b("connections", "A Terraform provider for connections and workflows.", "connectors"),
    ],
    fr: [
      b("connections", "Pouvoir dupliquer une connexion pour chaque environnement.", "connectors ux"),
      b("workflow", "Une alerte Slack quand un workflow échoue.", "reliability", { topic: "run-alerts" }),
      b("connections", "La synchro incrémentale pour Salesforce, s'il vous plaît.", "connectors", {
        topic: "incremental-crm",
      }),
      b("workflow", "Être prévenu quand une colonne change dans la source, avant l'échec de l'exécution.", "schema", {
        topic: "schema-drift",
      }),
      b("workflow", "Déclencher un job dbt à la fin d'un workflow.", "workflows", { topic: "dbt" }),
      b("connections", "Un connecteur Pipedrive.", "connectors"),
      b("workflow", "Planifier les workflows dans notre fuseau horaire.", "workflows"),
      b("home", "Afficher la consommation de lignes par workflow pour comprendre la facture.", "billing", {
        topic: "billing-page",
      }),
    ],
    de: [
      b("workflow", "Eine Slack-Benachrichtigung bei fehlgeschlagenen Workflows.", "reliability", {
        topic: "run-alerts",
      }),
      b("workflow", "Eine Warnung, wenn sich das Schema einer Quelltabelle ändert.", "schema", {
        topic: "schema-drift",
      }),
      b("team", "SSO mit Okta oder Entra ID.", "security", { topic: "sso" }),
      b("connections", "Einen Connector für SAP.", "connectors"),
      b("workflows", "Workflows nach Team gruppieren können.", "workflows ux"),
      b("workflow", "dbt-Jobs automatisch nach dem Sync starten.", "workflows", { topic: "dbt" }),
      b("workflow", "Zeitpläne in unserer Zeitzone statt nur in UTC.", "workflows"),
    ],
  },
  problem: {
    en: [
      b("workflow", "The HubSpot sync failed with a 429 again last night and didn't retry.", "connectors reliability", {
        topic: "retries",
        before: "retries",
      }),
      b("workflow", "Our Snowflake load for the events table takes 70 minutes.", "performance", {
        topic: "snowflake-speed",
        before: "snowflake-speed",
      }),
      b("workflow", "A renamed column in Postgres made the workflow fail with 'column does not exist'.", "schema", {
        topic: "schema-drift",
      }),
      b("connections", "The connections page spins forever when it lists our 2,000 tables.", "performance connectors"),
      b("connections", "Salesforce OAuth sends me back to the login screen in a loop.", "connectors"),
      b("workflow", "The editor lost my unsaved steps when the session expired.", "ux workflows"),
      b("home", "The invoice shows more rows than we synced, as far as I can tell.", "billing", {
        topic: "billing-page",
      }),
      b("workflow", "The run is marked as a success but 0 rows were written to BigQuery.", "reliability connectors"),
      b("connections", "The Google Sheets connection needs re-authorizing every week.", "connectors"),
      b("workflow", "Timestamps from MySQL arrive shifted by one hour since the DST change.", "connectors schema"),
      b("connections", "'Test connection' says OK but the first sync fails on permissions.", "connectors"),
      b("workflows", "The workflow list takes 10 seconds to load with 150 workflows.", "performance ux"),
      b("workflow", "DECIMAL columns land as FLOAT in BigQuery.", "schema connectors"),
      b("team", "The invite email never reached my colleague (we checked spam).", "onboarding"),
      b("docs", "The docs page for the S3 destination links to a 404.", "docs"),
      b("workflow", "The run failed with 'load failed' and nothing else in the log.", "ux reliability"),
      b("workflow", "A run failed at 2 a.m. and nobody knew until a dashboard went stale.", "reliability", {
        topic: "run-alerts",
      }),
      b("workflow", "A six-month backfill locked our Postgres primary.", "performance connectors"),
      b("team", "I can't remove a teammate who left the company.", "ux"),
      b("workflow", "The Snowflake warehouse stays resumed after a sync and burns credits.", "performance billing", {
        topic: "snowflake-speed",
        before: "snowflake-speed",
      }),
      b("workflow", "A new field in the Stripe API broke our invoices workflow.", "schema", { topic: "schema-drift" }),
      b("workflow", "The schedule dropdown resets to 'hourly' whenever I edit a workflow.", "ux workflows"),
      b("workflows", "The CSV export of the run history has no error column.", "reliability"),
      b("home", "The chart on the home page shows yesterday twice.", "ux"),
    ],
    fr: [
      b(
        "workflow",
        "La synchro HubSpot a encore échoué cette nuit (429), sans nouvelle tentative.",
        "connectors reliability",
        { topic: "retries", before: "retries" },
      ),
      b("workflow", "Une colonne renommée dans Postgres fait échouer le workflow.", "schema", {
        topic: "schema-drift",
      }),
      b("workflow", "Le chargement Snowflake de notre table d'événements prend plus d'une heure.", "performance", {
        topic: "snowflake-speed",
        before: "snowflake-speed",
      }),
      b("connections", "La liste des tables ne se charge pas avec notre grosse base.", "performance connectors"),
      b("workflow", "Exécution « réussie » mais aucune ligne écrite dans BigQuery.", "reliability connectors"),
      b("team", "L'e-mail d'invitation n'est jamais arrivé chez ma collègue.", "onboarding"),
      b("workflow", "Les dates MySQL sont décalées d'une heure depuis le changement d'heure.", "connectors schema"),
      b("home", "La facture ne correspond pas au volume de lignes que nous voyons.", "billing", {
        topic: "billing-page",
      }),
    ],
    de: [
      b(
        "workflow",
        "Der HubSpot-Sync ist heute Nacht mit 429 abgebrochen und wurde nicht wiederholt.",
        "connectors reliability",
        { topic: "retries", before: "retries" },
      ),
      b("workflow", "Nach einer Spaltenumbenennung in Postgres schlägt der Workflow fehl.", "schema", {
        topic: "schema-drift",
      }),
      b("workflow", "Das Laden nach Snowflake dauert für unsere Event-Tabelle über eine Stunde.", "performance", {
        topic: "snowflake-speed",
        before: "snowflake-speed",
      }),
      b("connections", "Die Tabellenliste lädt bei unserer großen Datenbank nicht.", "performance connectors"),
      b("team", "Die Einladungs-E-Mail ist nie angekommen.", "onboarding"),
      b("workflow", "DECIMAL-Spalten kommen in BigQuery als FLOAT an.", "schema connectors"),
      b("workflow", "Fehlgeschlagene Runs lösen keine Benachrichtigung aus.", "reliability", { topic: "run-alerts" }),
    ],
  },
  praise: {
    en: [
      b("workflows", "Retries are a game changer: our overnight runs are green every morning now.", "reliability", {
        after: "retries",
      }),
      b("workflow", "Snowflake loads are so much faster since last week. Thank you!", "performance", {
        after: "snowflake-speed",
      }),
      b("home", "Set up our first pipeline in 15 minutes. Impressive.", "onboarding"),
      b("workflow", "Love the run history view, debugging is finally easy.", "reliability ux"),
      b("connections", "The connection form is really clear.", "connectors ux"),
      b("home", "Support fixed our HubSpot issue the same day. Great team.", "support"),
      b("docs", "The BigQuery docs are excellent.", "docs"),
      b("workflow", "Auto-mapping the columns saved me an hour today.", "workflows"),
      b("home", "Our marketing team finally sees fresh CRM data every morning.", "connectors"),
      b("home", "Clean UI, no clutter. Keep it that way.", "ux"),
      b("home", "The onboarding checklist got me to a working sync on day one.", "onboarding"),
      b("team", "The invite flow was quick, my whole team is in.", "onboarding"),
    ],
    fr: [
      b("workflows", "Les relances automatiques changent tout, nos exécutions de nuit passent.", "reliability", {
        after: "retries",
      }),
      b("home", "Premier pipeline en quinze minutes, bravo.", "onboarding"),
      b("workflow", "L'historique des exécutions rend le débogage vraiment simple.", "reliability ux"),
      b("home", "Support très réactif, merci !", "support"),
    ],
    de: [
      b("workflow", "Die Ladezeiten nach Snowflake sind jetzt viel besser, danke!", "performance", {
        after: "snowflake-speed",
      }),
      b("home", "Erste Pipeline in 15 Minuten eingerichtet. Top.", "onboarding"),
      b("home", "Sehr aufgeräumte Oberfläche.", "ux"),
      b("docs", "Die Doku zu BigQuery ist hervorragend.", "docs"),
    ],
  },
  question: {
    en: [
      b("connections", "Is there a way to sync only the Salesforce rows changed since the last run?", "connectors", {
        topic: "incremental-crm",
      }),
      b("connections", "How do I allowlist your IP addresses for our RDS instance?", "connectors docs"),
      b("home", "Does the free plan include scheduled runs?", "billing"),
      b("workflows", "Can I start a workflow from our CI pipeline through the API?", "workflows"),
      b("home", "What happens to my workflows if I downgrade to the Team plan?", "billing"),
      b("team", "Do you support SSO? Our security review asks.", "security", { topic: "sso" }),
      b("home", "How are rows counted for billing when a run is retried?", "billing", { topic: "billing-page" }),
      b("workflow", "Is there a way to be notified when a run fails?", "reliability", { topic: "run-alerts" }),
      b("team", "Can a viewer start a run, or only editors?", "ux"),
      b("workflow", "Where can I see which columns changed in the source?", "schema", { topic: "schema-drift" }),
      b("home", "Do you have a data processing agreement (GDPR) we can sign?", "security"),
      b("docs", "Which Postgres versions are supported for CDC?", "connectors docs"),
      b("workflow", "Can I transform the data with SQL before it is loaded?", "workflows docs"),
      b("workflows", "Is there a sandbox to test workflows without touching production?", "workflows"),
    ],
    fr: [
      b("connections", "Comment autoriser vos adresses IP sur notre instance RDS ?", "connectors docs"),
      b("home", "L'offre gratuite inclut-elle les exécutions planifiées ?", "billing"),
      b("home", "Proposez-vous un accord de traitement des données (RGPD) à signer ?", "security"),
      b("workflows", "Peut-on lancer un workflow depuis notre CI via l'API ?", "workflows"),
      b("home", "Comment les lignes sont-elles comptées quand une exécution est relancée ?", "billing", {
        topic: "billing-page",
      }),
    ],
    de: [
      b("home", "Gibt es einen Auftragsverarbeitungsvertrag (AVV) nach DSGVO?", "security"),
      b("connections", "Wie gebe ich Ihre IP-Adressen für unsere RDS-Instanz frei?", "connectors docs"),
      b("team", "Unterstützen Sie SSO über SAML?", "security", { topic: "sso" }),
      b("docs", "Welche Postgres-Versionen werden für CDC unterstützt?", "connectors docs"),
    ],
  },
};
