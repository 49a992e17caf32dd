// What Airtouch's users wrote in the surveys' follow-up box, by survey, tone and language. Each
// text is about a data-integration product (connectors, schema drift, sync latency, pricing,
// docs, support…) and carries the tags a PM gives it when triaging, and the roadmap item it
// belongs to, if any. `before` / `after` tie a text to a roadmap item's release: complaints about
// failed runs stop once automatic retries ship, and praise for them starts. Pure data.
import type { ScoreTone, WidgetLocale } from "../../server/contract/widget-protocol";
import type { RoadmapKey } from "./airtouch-voice-setup";

export type Verbatim = {
  text: string;
  tags: readonly string[];
  /** The roadmap item a PM links it to. */
  topic?: RoadmapKey;
  /** Written only before this item shipped (the problem it solves) … */
  before?: RoadmapKey;
  /** … or only after (praise for it). */
  after?: RoadmapKey;
};

export type VerbatimPool = Record<WidgetLocale, readonly Verbatim[]>;

type Extra = Omit<Verbatim, "text" | "tags">;

/** A text with its space-separated tags. */
export function v(text: string, tags: string, extra: Extra = {}): Verbatim {
  return { text, tags: tags.split(" ").filter(Boolean), ...extra };
}

const NPS_PROMOTER: VerbatimPool = {
  en: [
    v(
      "Set up Postgres to Snowflake in ten minutes and it has run every hour since without me touching it.",
      "connectors",
    ),
    v(
      "The connector catalogue covers everything we use: Postgres, HubSpot, Stripe and S3. One tool instead of three cron scripts.",
      "connectors",
    ),
    v(
      "Run history is the best I've seen: I can see exactly which batch failed and replay just that one.",
      "reliability ux",
    ),
    v(
      "Support answered my question about CDC on a Sunday, with a working config. Unheard of at this price.",
      "support",
    ),
    v(
      "Reverse ETL from the warehouse into Salesforce finally works for our sales team without a custom job.",
      "connectors",
    ),
    v("Since automatic retries shipped, the 3 a.m. pages about flaky runs are gone.", "reliability", {
      after: "retries",
    }),
    v("Snowflake loads got dramatically faster: our nightly sync went from 40 minutes to 8.", "performance", {
      after: "snowflake-speed",
    }),
    v("The workflow editor is simple enough that our analysts build their own pipelines now.", "workflows ux"),
    v("Docs are clear and the examples actually run. Connecting BigQuery took one read of the guide.", "docs"),
    v("Predictable pricing: we know what a month of syncs will cost before it starts.", "billing"),
    v("It just works. I haven't thought about our ingestion layer in weeks, which is the whole point.", "reliability"),
    v("Column mapping with type hints saved us from a lot of silent casting bugs.", "workflows schema"),
    v("The onboarding checklist had our first pipeline running on day one.", "onboarding"),
    v("We replaced a Fivetran plus Airflow combo with Airtouch and cut the bill in half.", "billing"),
    v(
      "Scheduling is flexible: cron expressions plus 'after workflow X' dependencies is exactly what we needed.",
      "workflows",
    ),
    v("The Stripe connector handles pagination and rate limits for us; that alone saved a week of work.", "connectors"),
    v("Clear error messages. When a run fails it tells me which column and which row.", "ux reliability"),
    v("Our whole data team uses it daily, and the permissions model is simple and sane.", "ux"),
    v("Fast, reliable, and the team ships improvements every couple of weeks.", "reliability"),
    v("Backfills are painless: pick a date range and it reloads just that slice.", "workflows"),
  ],
  fr: [
    v(
      "Connexion de Postgres vers BigQuery en dix minutes, et ça tourne toutes les heures sans intervention.",
      "connectors",
    ),
    v("L'historique des exécutions est très clair : on voit tout de suite quel lot a échoué.", "reliability ux"),
    v("Le support répond vite et connaît vraiment le produit. Merci à l'équipe !", "support"),
    v("Depuis les relances automatiques, plus aucune alerte la nuit pour des échecs passagers.", "reliability", {
      after: "retries",
    }),
    v("Les chargements Snowflake sont bien plus rapides depuis la dernière mise à jour.", "performance", {
      after: "snowflake-speed",
    }),
    v("Nos analystes créent leurs propres workflows sans passer par l'équipe data.", "workflows ux"),
    v("La documentation est claire, avec des exemples qui fonctionnent du premier coup.", "docs"),
    v("Tarifs lisibles : on sait à l'avance combien coûtera le mois.", "billing"),
    v("Le connecteur HubSpot nous a évité d'écrire et de maintenir un script maison.", "connectors"),
    v("Outil fiable, on n'y pense plus, et c'est exactement ce qu'on attend d'un ETL.", "reliability"),
    v("Les messages d'erreur indiquent la colonne et la ligne en cause, un vrai gain de temps.", "ux"),
    v("Les backfills sur une plage de dates sont d'une simplicité bienvenue.", "workflows"),
  ],
  de: [
    v("Postgres nach Snowflake in zehn Minuten eingerichtet, läuft seitdem stündlich ohne Probleme.", "connectors"),
    v("Der Run-Verlauf ist vorbildlich: Man sieht sofort, welcher Batch fehlgeschlagen ist.", "reliability ux"),
    v("Seit es automatische Wiederholungen gibt, hatten wir keinen nächtlichen Alarm mehr.", "reliability", {
      after: "retries",
    }),
    v("Die Ladezeiten nach Snowflake sind seit dem letzten Update deutlich kürzer.", "performance", {
      after: "snowflake-speed",
    }),
    v("Sehr gute Dokumentation, die Beispiele funktionieren auf Anhieb.", "docs"),
    v("Der Support hat uns bei einem CDC-Problem innerhalb einer Stunde geholfen.", "support"),
    v("Unsere Analysten bauen ihre Workflows jetzt selbst, ohne Ticket ans Data-Team.", "workflows ux"),
    v("Transparente Preise, keine Überraschungen auf der Rechnung.", "billing"),
    v("Zuverlässig und schnell – genau das, was wir von einem Integrationstool erwarten.", "reliability"),
    v("Der Salesforce-Connector hat uns ein eigenes Skript mit viel Wartung erspart.", "connectors"),
  ],
};

const NPS_PASSIVE: VerbatimPool = {
  en: [
    v(
      "Good product, but schema changes at the source still break our runs. An alert before the run would help.",
      "schema",
      { topic: "schema-drift" },
    ),
    v(
      "Solid overall. The Salesforce sync re-reads the whole object every time and burns our API quota.",
      "connectors",
      { topic: "incremental-crm" },
    ),
    v(
      "Works well, but I'd like to hear about a failed run in Slack instead of checking the dashboard.",
      "reliability",
      { topic: "run-alerts" },
    ),
    v("Fine for now. The billing page doesn't tell me how many rows we've used this month.", "billing", {
      topic: "billing-page",
    }),
    v("We need SSO before we can roll it out to the whole company.", "security", { topic: "sso" }),
    v("Nice tool; triggering our dbt models after a sync would close the loop.", "workflows", { topic: "dbt" }),
    v("Does the job. The workflow editor gets sluggish past 30 steps.", "performance workflows"),
    v("Mostly good, though the docs for the MySQL connector are thin on binlog setup.", "docs connectors"),
    v("Reliable, but the UI feels cramped on a laptop screen.", "ux"),
    v("OK. Some connectors, Google Sheets especially, feel less polished than the database ones.", "connectors"),
    v("Good value, but we'd love a staging environment to test workflow changes.", "workflows"),
    v("Happy with the syncs, less with the S3 destination's error messages, which are vague.", "ux connectors"),
    v("It's improving fast, but runs still fail on transient timeouts a few times a week.", "reliability", {
      topic: "retries",
      before: "retries",
    }),
    v("Loads into Snowflake are slow for our bigger tables; otherwise no complaints.", "performance", {
      topic: "snowflake-speed",
      before: "snowflake-speed",
    }),
    v("I'd like an API to create connections from our provisioning scripts.", "connectors"),
    v("Onboarding was smooth, but the team page could explain the roles better.", "onboarding ux"),
    v("The product is good; the invoice should break costs down by workflow.", "billing", { topic: "billing-page" }),
    v("A view of which columns changed between two runs would make debugging easier.", "schema reliability"),
  ],
  fr: [
    v("Bon produit, mais un changement de schéma côté source casse encore nos exécutions.", "schema", {
      topic: "schema-drift",
    }),
    v("Satisfait dans l'ensemble. La synchro Salesforce relit tout l'objet à chaque fois.", "connectors", {
      topic: "incremental-crm",
    }),
    v("J'aimerais être prévenu sur Slack quand une exécution échoue.", "reliability", { topic: "run-alerts" }),
    v("Il nous faut le SSO avec Okta avant de l'ouvrir à toute l'entreprise.", "security", { topic: "sso" }),
    v("Correct, mais la page de facturation ne montre pas le volume de lignes du mois.", "billing", {
      topic: "billing-page",
    }),
    v("L'éditeur de workflows devient lent au-delà d'une trentaine d'étapes.", "performance workflows"),
    v("Bien, mais la documentation du connecteur MySQL manque de détails sur le binlog.", "docs connectors"),
    v("Lancer nos modèles dbt après la synchro serait un vrai plus.", "workflows", { topic: "dbt" }),
    v("Des exécutions échouent encore sur des timeouts passagers, quelques fois par semaine.", "reliability", {
      topic: "retries",
      before: "retries",
    }),
    v("Chargements Snowflake lents pour nos grosses tables, sinon rien à redire.", "performance", {
      topic: "snowflake-speed",
      before: "snowflake-speed",
    }),
    v("Interface un peu dense sur un écran d'ordinateur portable.", "ux"),
    v("Un environnement de test pour les workflows nous éviterait des surprises en production.", "workflows"),
  ],
  de: [
    v("Gutes Produkt, aber Schemaänderungen an der Quelle brechen immer noch unsere Runs.", "schema", {
      topic: "schema-drift",
    }),
    v(
      "Die Salesforce-Synchronisierung liest jedes Mal das ganze Objekt neu und verbraucht unser API-Kontingent.",
      "connectors",
      { topic: "incremental-crm" },
    ),
    v("Benachrichtigungen in Slack bei fehlgeschlagenen Runs wären hilfreich.", "reliability", { topic: "run-alerts" }),
    v("Ohne SSO können wir es nicht für das ganze Unternehmen freigeben.", "security", { topic: "sso" }),
    v("Die Abrechnung sollte zeigen, wie viele Zeilen wir diesen Monat synchronisiert haben.", "billing", {
      topic: "billing-page",
    }),
    v("Der Workflow-Editor wird bei vielen Schritten träge.", "performance workflows"),
    v("Runs scheitern noch ab und zu an kurzen Timeouts.", "reliability", { topic: "retries", before: "retries" }),
    v("Ladevorgänge nach Snowflake dauern bei großen Tabellen zu lange.", "performance", {
      topic: "snowflake-speed",
      before: "snowflake-speed",
    }),
    v("dbt-Modelle nach dem Sync anstoßen zu können, würde uns viel Handarbeit sparen.", "workflows", { topic: "dbt" }),
    v("Solide, aber die Fehlermeldungen des S3-Ziels sind zu ungenau.", "ux connectors"),
  ],
};

const NPS_DETRACTOR: VerbatimPool = {
  en: [
    v("A column was renamed in our CRM and the sync silently dropped it for three days. Nobody was told.", "schema", {
      topic: "schema-drift",
    }),
    v("Runs fail on random timeouts and I restart them by hand every morning.", "reliability", {
      topic: "retries",
      before: "retries",
    }),
    v("Snowflake loads take over an hour for a 20M-row table. That's not usable for us.", "performance", {
      topic: "snowflake-speed",
      before: "snowflake-speed",
    }),
    v("The HubSpot connector hits the rate limit on every full sync and the run just dies.", "connectors", {
      topic: "incremental-crm",
    }),
    v("We were billed for a month of rows from a workflow I thought was paused.", "billing", { topic: "billing-page" }),
    v("Support took four days to reply to a ticket about a production outage.", "support"),
    v("No SSO means our security team won't approve a wider rollout.", "security", { topic: "sso" }),
    v("Failed runs don't alert anyone. We found out from a dashboard that was two days stale.", "reliability", {
      topic: "run-alerts",
    }),
    v("The docs for Postgres CDC are out of date; the replication slot step is wrong.", "docs connectors"),
    v("Every upstream schema change means editing the workflow by hand. That doesn't scale to 400 tables.", "schema", {
      topic: "schema-drift",
    }),
    v("Too expensive for a small team once you go past the free tier.", "billing"),
    v("The editor lost my changes twice when the session expired.", "ux workflows"),
    v("The Google Sheets connector fails with an auth error after a week, every week.", "connectors"),
    v("Sync latency is too high: 'near real time' turned out to be every 30 minutes at best.", "performance"),
    v("Hard to debug: the error said 'load failed' and nothing more.", "ux reliability"),
    v("Our sales team can't use it without an engineer, which was the whole promise.", "ux onboarding"),
    v("Type mapping from MySQL to BigQuery turned our DECIMALs into FLOATs.", "connectors schema"),
    v("The monthly price jumped with no warning in the app.", "billing"),
    v("I still can't run dbt after the load, so we keep Airflow around anyway.", "workflows", { topic: "dbt" }),
    v("A backfill of one large table locked our production Postgres for minutes.", "performance connectors"),
  ],
  fr: [
    v("Une colonne renommée dans le CRM a disparu de la synchro pendant trois jours, sans aucune alerte.", "schema", {
      topic: "schema-drift",
    }),
    v("Les exécutions échouent sur des timeouts et il faut les relancer à la main chaque matin.", "reliability", {
      topic: "retries",
      before: "retries",
    }),
    v("Plus d'une heure pour charger 20 millions de lignes dans Snowflake, c'est trop lent.", "performance", {
      topic: "snowflake-speed",
      before: "snowflake-speed",
    }),
    v("Le connecteur HubSpot atteint la limite d'API à chaque synchro complète.", "connectors", {
      topic: "incremental-crm",
    }),
    v("Le support a mis quatre jours à répondre à un incident en production.", "support"),
    v("Aucune alerte quand une exécution échoue, on l'apprend par des tableaux de bord périmés.", "reliability", {
      topic: "run-alerts",
    }),
    v("Facturés pour un workflow que je croyais en pause.", "billing", { topic: "billing-page" }),
    v("Trop cher pour une petite équipe dès qu'on dépasse l'offre gratuite.", "billing"),
    v("La doc sur la réplication Postgres n'est plus à jour.", "docs connectors"),
    v("Chaque changement de schéma oblige à modifier le workflow à la main.", "schema", { topic: "schema-drift" }),
    v("Messages d'erreur trop vagues : « chargement échoué », sans plus de détails.", "ux reliability"),
    v("Sans SSO, notre DSI refuse un déploiement plus large.", "security", { topic: "sso" }),
  ],
  de: [
    v("Eine umbenannte Spalte im CRM fehlte drei Tage lang in der Synchronisierung, ohne jede Warnung.", "schema", {
      topic: "schema-drift",
    }),
    v("Runs brechen wegen Timeouts ab und müssen jeden Morgen manuell neu gestartet werden.", "reliability", {
      topic: "retries",
      before: "retries",
    }),
    v("20 Millionen Zeilen nach Snowflake zu laden dauert über eine Stunde.", "performance", {
      topic: "snowflake-speed",
      before: "snowflake-speed",
    }),
    v("Der HubSpot-Connector läuft bei jedem Vollabgleich ins API-Limit.", "connectors", { topic: "incremental-crm" }),
    v(
      "Keine Benachrichtigung bei fehlgeschlagenen Runs – wir merken es erst an veralteten Dashboards.",
      "reliability",
      { topic: "run-alerts" },
    ),
    v("Der Support brauchte vier Tage für ein Ticket zu einem Produktionsausfall.", "support"),
    v("Für ein kleines Team nach dem Gratis-Tarif zu teuer.", "billing"),
    v("Jede Schemaänderung bedeutet Handarbeit im Workflow, bei 300 Tabellen nicht machbar.", "schema", {
      topic: "schema-drift",
    }),
    v("Ohne SSO genehmigt unsere IT-Sicherheit keinen breiteren Einsatz.", "security", { topic: "sso" }),
    v("Die Fehlermeldungen sagen nur „Laden fehlgeschlagen“ – das hilft beim Debuggen nicht.", "ux reliability"),
  ],
};

const CSAT_POSITIVE: VerbatimPool = {
  en: [
    v("Connecting Postgres took two minutes, and the SSL options were right there.", "connectors"),
    v("The test-connection button caught my typo in the host before I saved.", "connectors ux"),
    v("Snowflake key-pair auth was straightforward with the guide next to the form.", "connectors docs"),
    v("OAuth for HubSpot just worked.", "connectors"),
    v("I liked that it listed the tables and let me pick which ones to sync.", "connectors ux"),
    v("Clear explanation of which IP addresses to allowlist.", "docs"),
    v("Quick and painless: the S3 bucket connected with an IAM role.", "connectors"),
    v("The form kept my SSH tunnel settings from the last connection.", "ux"),
  ],
  fr: [
    v("Connexion à Postgres en deux minutes, les options SSL sont bien visibles.", "connectors"),
    v("Le bouton de test a repéré mon erreur d'hôte avant l'enregistrement.", "connectors ux"),
    v("OAuth HubSpot sans accroc.", "connectors"),
    v("Pratique de pouvoir choisir les tables à synchroniser dès la connexion.", "connectors ux"),
  ],
  de: [
    v("Postgres-Verbindung in zwei Minuten, die SSL-Optionen sind gut auffindbar.", "connectors"),
    v("Der Verbindungstest hat meinen Tippfehler beim Host sofort gefunden.", "connectors ux"),
    v("Snowflake mit Key-Pair-Authentifizierung war dank Anleitung einfach.", "connectors docs"),
    v("Praktisch, dass man die Tabellen gleich beim Verbinden auswählen kann.", "connectors ux"),
  ],
};

const CSAT_NEUTRAL: VerbatimPool = {
  en: [
    v("Worked, but I had to look up which IP addresses to allowlist in the docs.", "docs"),
    v("Fine, though the SSH tunnel options hide behind an 'advanced' toggle.", "ux"),
    v("OK. I'd like to clone an existing connection instead of filling in the form again.", "ux connectors"),
    v("It took a couple of tries to get the BigQuery service account permissions right.", "connectors docs"),
    v("Good, but it doesn't say how often the source schema is refreshed.", "schema"),
  ],
  fr: [
    v("Ça marche, mais j'ai dû chercher les adresses IP à autoriser dans la doc.", "docs"),
    v("Correct, même si les options de tunnel SSH sont un peu cachées.", "ux"),
    v("J'aimerais pouvoir dupliquer une connexion existante.", "ux connectors"),
  ],
  de: [
    v("Hat funktioniert, aber die freizugebenden IP-Adressen musste ich in der Doku suchen.", "docs"),
    v("In Ordnung, die SSH-Tunnel-Optionen sind allerdings etwas versteckt.", "ux"),
    v("Eine bestehende Verbindung kopieren zu können, wäre praktisch.", "ux connectors"),
  ],
};

const CSAT_NEGATIVE: VerbatimPool = {
  en: [
    v("The connection test passed but the first sync failed with a permissions error.", "connectors reliability"),
    v("Salesforce OAuth kept redirecting me back to the login page.", "connectors"),
    v("No way to point Postgres at a read replica without editing the host by hand.", "connectors"),
    v("The error just said 'connection refused' without telling me which port it tried.", "ux"),
    v("The MySQL binlog setup isn't explained anywhere near the form.", "docs connectors"),
    v("It timed out while listing our 2,000 tables.", "performance connectors"),
  ],
  fr: [
    v(
      "Le test de connexion passe, mais la première synchro échoue sur un problème de droits.",
      "connectors reliability",
    ),
    v("L'OAuth Salesforce me renvoie sans cesse vers la page de connexion.", "connectors"),
    v("Message « connexion refusée » sans préciser le port utilisé.", "ux"),
  ],
  de: [
    v(
      "Der Verbindungstest war grün, der erste Sync scheiterte trotzdem an fehlenden Rechten.",
      "connectors reliability",
    ),
    v("Salesforce-OAuth leitet mich immer wieder zur Anmeldeseite zurück.", "connectors"),
    v("Das Laden der Tabellenliste ist bei 2.000 Tabellen in einen Timeout gelaufen.", "performance connectors"),
  ],
};

const CES_POSITIVE: VerbatimPool = {
  en: [
    v("Dragging a source onto a destination and mapping the columns was intuitive.", "workflows ux"),
    v("The CRM-to-warehouse template did 90% of the work.", "workflows"),
    v("The preview of the first rows before saving is really useful.", "workflows ux"),
    v("Saving with a schedule in one step is nice.", "workflows"),
    v("Auto-mapping matched all my columns by name.", "workflows"),
    v("Undo worked exactly as expected when I removed the wrong step.", "ux"),
    v("Keyboard shortcuts make it quick once you know them.", "ux"),
    v("Validation told me about the missing primary key before I ran it.", "workflows"),
  ],
  fr: [
    v("Le mappage automatique a associé toutes mes colonnes par leur nom.", "workflows"),
    v("Le modèle CRM vers entrepôt a fait presque tout le travail.", "workflows"),
    v("L'aperçu des premières lignes avant d'enregistrer est très utile.", "workflows ux"),
    v("Enregistrer avec une planification en une seule étape, c'est pratique.", "workflows"),
  ],
  de: [
    v("Das automatische Mapping hat alle Spalten anhand des Namens zugeordnet.", "workflows"),
    v("Die Vorlage CRM → Warehouse hat fast alles erledigt.", "workflows"),
    v("Die Vorschau der ersten Zeilen vor dem Speichern ist sehr hilfreich.", "workflows ux"),
    v("Die Validierung hat mich vor dem Lauf auf den fehlenden Primärschlüssel hingewiesen.", "workflows"),
  ],
};

const CES_NEUTRAL: VerbatimPool = {
  en: [
    v("Fine once I found where transformations live; it isn't obvious.", "ux workflows"),
    v("A search box in the step list would help.", "ux"),
    v("It took a while to understand the difference between full and incremental mode.", "docs workflows"),
    v("I'd like to copy steps from another workflow.", "workflows"),
    v("OK, but the canvas gets cluttered past 20 steps.", "ux performance"),
  ],
  fr: [
    v("Il m'a fallu un moment pour trouver où se trouvent les transformations.", "ux workflows"),
    v("La différence entre mode complet et incrémental n'est pas évidente.", "docs workflows"),
    v("Pouvoir copier des étapes d'un autre workflow serait utile.", "workflows"),
  ],
  de: [
    v("Es hat gedauert, bis ich die Transformationen gefunden habe.", "ux workflows"),
    v("Der Unterschied zwischen Voll- und Inkrementalmodus ist nicht klar erklärt.", "docs workflows"),
    v("Schritte aus einem anderen Workflow kopieren zu können, wäre hilfreich.", "workflows"),
  ],
};

const CES_NEGATIVE: VerbatimPool = {
  en: [
    v("The editor froze when I added the 35th step.", "performance workflows"),
    v("I lost my changes when the session expired before I saved.", "ux workflows"),
    v("Mapping nested JSON fields is painful: I had to write the paths by hand.", "workflows"),
    v("Couldn't figure out how to filter rows before loading.", "workflows docs"),
    v("Validation errors only appear after saving, not while editing.", "ux"),
    v("No way to test a workflow on a sample without running it for real.", "workflows"),
  ],
  fr: [
    v("L'éditeur s'est figé en ajoutant la trentième étape.", "performance workflows"),
    v("J'ai perdu mes modifications à l'expiration de la session.", "ux workflows"),
    v("Impossible de tester un workflow sur un échantillon sans le lancer pour de vrai.", "workflows"),
  ],
  de: [
    v("Der Editor ist beim 35. Schritt eingefroren.", "performance workflows"),
    v("Meine Änderungen waren nach Ablauf der Sitzung weg.", "ux workflows"),
    v("Verschachtelte JSON-Felder zu mappen ist mühsam, die Pfade muss man von Hand schreiben.", "workflows"),
  ],
};

/** Answers to the open question "What should we build next?". */
export const OPEN_ANSWERS: VerbatimPool = {
  en: [
    v("Alerts when a source schema changes, before the next run breaks.", "schema", { topic: "schema-drift" }),
    v("Incremental syncs for Salesforce so we stop hitting API limits.", "connectors", { topic: "incremental-crm" }),
    v("SSO with Okta.", "security", { topic: "sso" }),
    v("Trigger a dbt Cloud job when a workflow finishes.", "workflows", { topic: "dbt" }),
    v("A Slack message when a run fails.", "reliability", { topic: "run-alerts" }),
    v("A usage page showing rows synced per workflow.", "billing", { topic: "billing-page" }),
    v("Connectors for Zendesk and Intercom.", "connectors"),
    v("Reverse ETL to Google Ads audiences.", "connectors"),
    v("Git-based version control for workflows.", "workflows"),
    v("A Terraform provider so we can manage connections as code.", "connectors"),
    v("Data quality checks (row counts, null rates) after each load.", "reliability"),
    v("A dark mode for the editor, please.", "ux"),
    v("Column-level lineage from the source to the dashboard.", "schema"),
    v("An API to pause every workflow during a warehouse migration.", "workflows"),
  ],
  fr: [
    v("Des alertes quand le schéma d'une source change.", "schema", { topic: "schema-drift" }),
    v("La synchro incrémentale pour Salesforce.", "connectors", { topic: "incremental-crm" }),
    v("Le SSO avec Entra ID.", "security", { topic: "sso" }),
    v("Lancer un job dbt à la fin d'un workflow.", "workflows", { topic: "dbt" }),
    v("Un connecteur Pipedrive.", "connectors"),
    v("Des contrôles de qualité des données après chaque chargement.", "reliability"),
    v("Un historique des versions des workflows.", "workflows"),
    v("Une notification Slack quand une exécution échoue.", "reliability", { topic: "run-alerts" }),
  ],
  de: [
    v("Warnungen bei Schemaänderungen in der Quelle.", "schema", { topic: "schema-drift" }),
    v("SSO mit Okta oder Entra ID.", "security", { topic: "sso" }),
    v("Inkrementelle Synchronisierung für HubSpot.", "connectors", { topic: "incremental-crm" }),
    v("Einen Connector für SAP.", "connectors"),
    v("dbt-Jobs nach dem Sync starten.", "workflows", { topic: "dbt" }),
    v("Datenqualitätsprüfungen nach jedem Laden.", "reliability"),
    v("Eine Übersicht über den Zeilenverbrauch pro Workflow.", "billing", { topic: "billing-page" }),
  ],
};

/** Follow-up answers of the scored surveys, by survey and the score's tone. */
export const SCORED_VERBATIMS: Record<"nps" | "csat" | "ces", Record<ScoreTone, VerbatimPool>> = {
  nps: { positive: NPS_PROMOTER, neutral: NPS_PASSIVE, negative: NPS_DETRACTOR },
  csat: { positive: CSAT_POSITIVE, neutral: CSAT_NEUTRAL, negative: CSAT_NEGATIVE },
  ces: { positive: CES_POSITIVE, neutral: CES_NEUTRAL, negative: CES_NEGATIVE },
};
