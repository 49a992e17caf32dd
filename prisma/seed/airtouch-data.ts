// Word lists for Airtouch's synthetic customers. Domains use the reserved `.example` TLD so no
// generated address or URL points at a real site.

export const FIRST_NAMES = {
  en: ["Olivia", "Liam", "Emma", "Noah", "Ava", "James", "Sophia", "Lucas", "Mia", "Ethan", "Grace", "Owen", "Chloe", "Henry", "Ruby", "Jack", "Isla", "Leo", "Amelia", "Daniel", "Priya", "Arjun", "Mei", "Kenji", "Fatima", "Omar", "Zoe", "Samuel", "Hannah", "Caleb"],
  fr: ["Camille", "Louis", "Léa", "Hugo", "Chloé", "Jules", "Manon", "Gabriel", "Inès", "Arthur", "Juliette", "Raphaël", "Sarah", "Théo", "Lina", "Nathan", "Zoé", "Tom", "Lucie", "Mathis"],
  de: ["Lena", "Finn", "Marie", "Paul", "Anna", "Jonas", "Laura", "Felix", "Lea", "Maximilian", "Julia", "Elias", "Sophie", "Lukas", "Mila", "Ben", "Clara", "Niklas", "Emilia", "Tim"],
} as const;

export const LAST_NAMES = {
  en: ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Clarke", "Patel", "Nguyen", "Kim", "Garcia", "Martinez", "Hughes", "Wright", "Khan", "Lewis", "Hall", "Young", "Allen", "Scott", "Baker", "Carter", "Murphy"],
  fr: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garnier", "Fontaine", "Rousseau", "Blanc", "Girard", "Mercier"],
  de: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann", "Krüger", "Hartmann"],
} as const;

export const COMPANY_FIRST = ["Northwind", "Bluepeak", "Ironleaf", "Silverline", "Brightwave", "Cobalt", "Redwood", "Granite", "Lumen", "Harbor", "Summit", "Meridian", "Aster", "Kestrel", "Fjord", "Oakridge", "Vireo", "Nimbus", "Quarry", "Tidal", "Atlas", "Juniper", "Helios", "Beacon", "Cedar", "Polar", "Saffron", "Falcon", "Orbit", "Willow"] as const;
export const COMPANY_SECOND = ["Analytics", "Logistics", "Health", "Retail", "Labs", "Systems", "Foods", "Energy", "Finance", "Media", "Mobility", "Insurance", "Travel", "Games", "Robotics"] as const;

export const INDUSTRIES = ["Software", "E-commerce", "Fintech", "Healthcare", "Logistics", "Media", "Education", "Manufacturing", "Travel", "Energy"] as const;

export const CONNECTORS = [
  ["postgres", 24],
  ["snowflake", 18],
  ["bigquery", 14],
  ["mysql", 10],
  ["salesforce", 9],
  ["hubspot", 8],
  ["s3", 8],
  ["stripe", 5],
  ["google_sheets", 4],
] as const;

export const WORKFLOW_TEMPLATES = [
  ["blank", 40],
  ["crm_to_warehouse", 20],
  ["warehouse_to_crm", 15],
  ["daily_snapshot", 15],
  ["reverse_etl", 10],
] as const;

export const DOCS_ARTICLES = ["getting-started", "connect-postgres", "connect-snowflake", "schedule-workflows", "transformations", "invite-your-team", "api-reference", "troubleshooting-runs"] as const;

/** Pages of the Airtouch app: [page name, path]. */
export const APP_PAGES = {
  welcome: ["Welcome", "/welcome"],
  dashboard: ["Dashboard", "/"],
  connections: ["Connections", "/connections"],
  workflows: ["Workflows", "/workflows"],
  runs: ["Runs", "/runs"],
  team: ["Team", "/settings/team"],
  billing: ["Billing", "/settings/billing"],
} as const;

export type AppPage = keyof typeof APP_PAGES;

export const APP_ORIGIN = "https://app.airtouch.example";
