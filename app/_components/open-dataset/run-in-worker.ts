import type { WorkerReply, WorkerRequest, WorkerStep } from "./worker-protocol";

/** Sends one request to a fresh dataset worker and resolves with its last reply; progress is reported on the way. */
export function runInWorker(request: WorkerRequest, onStep: (step: WorkerStep) => void = () => {}): Promise<Exclude<WorkerReply, { type: "progress" }>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./dataset.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === "progress") return onStep(message.step);
      worker.terminate();
      resolve(message);
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      resolve({ type: "failed", message: event.message || "the dataset worker stopped" });
    });
    const transfer = request.type === "open" ? request.files.map((file) => file.bytes.buffer as ArrayBuffer) : [];
    worker.postMessage(request, transfer);
  });
}
