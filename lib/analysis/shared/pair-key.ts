// The analyses key pairs as the map does.
export { orderedPair, pairKey } from "../../graph/pair-key";
