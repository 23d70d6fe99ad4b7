// What the page carries of a big dataset (one year), and how the rest reaches it.
export * from "./first-view-of";
export * from "./packed-places";
export * from "./served-rest";
