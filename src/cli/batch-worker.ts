// A batch worker: parses the notices it is sent and posts back their JSON lines.
import { parentPort } from "node:worker_threads";
import { parseNotice, type ParseOptions } from "../index.js";
import { NoticeReadError, readNoticeFile } from "../node/index.js";

/** One unit of work: a file to read, or a text already read. */
export interface BatchJob {
  index: number;
  id: string;
  path?: string;
  text?: string;
  /** Set when the input could not even be read as a job (a bad `--jsonl` line). */
  error?: string;
  options: ParseOptions;
}

/** What a worker sends back: the JSON line, and the error when the input could not be read. */
export interface BatchResult {
  index: number;
  line: string;
  error: string | null;
}

parentPort?.on("message", async (job: BatchJob) => {
  let result: BatchResult;
  try {
    if (job.error) throw new Error(job.error);
    const text = job.text ?? (await readNoticeFile(job.path ?? "")).text;
    result = { index: job.index, line: JSON.stringify({ id: job.id, notice: parseNotice(text, job.options) }), error: null };
  } catch (e) {
    const error = (e instanceof NoticeReadError || e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "error";
    result = { index: job.index, line: JSON.stringify({ id: job.id, error }), error };
  }
  parentPort?.postMessage(result);
});
