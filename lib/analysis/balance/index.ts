// Structural balance: signed pairs, their triads, the balance of every year, and why a triad strains.
export * from "./balance-series";
export * from "./balance-summary";
export * from "./find-triads";
export * from "./contest-reason";
export * from "./resolve-contest";
export * from "./signed-pairs";
export * from "./triad-reason";
export * from "./triads-at";
