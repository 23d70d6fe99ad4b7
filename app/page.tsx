import { currentModel } from "@/lib/dataset/current-model";

export const dynamic = "force-static";

export default function HomePage() {
  const { dataset, years } = currentModel();
  return (
    <main>
      <h1>Allegiances</h1>
      <p>
        {dataset.actors.length} actors, {dataset.relations.length} relations, {dataset.sources.length} sources, {years.first}–{years.last}
      </p>
      <ul>
        {dataset.actors.map((actor) => (
          <li key={actor.id}>{actor.name}</li>
        ))}
      </ul>
    </main>
  );
}
