export * from "./unique";
export * from "./users";
export * from "./workspaces";
export * from "./api-keys";
export * from "./rules";
export * from "./ingest";
