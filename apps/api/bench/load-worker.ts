/**
 * The open-loop load generator, in a worker thread so it never shares the API's event loop:
 * requests leave at a fixed rate whether or not earlier ones have been answered, and each
 * latency counts from the moment its request was due (no coordinated omission).
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadPlan {
  url: string;
  token: string;
  query: string;
  rate: number;
  seconds: number;
  /** How often `/healthz` is probed alongside, in ms. */
  healthEveryMs: number;
  timeoutMs: number;
  /** Keep-alive connections opened before the clock starts. */
  connections: number;
}

/** One answered (or timed-out) request: status 0 is a timeout or a connection error. */
export interface Sample {
  status: number;
  /** Why there is no status: `timeout`, or the socket's error code (ECONNRESET…). */
  error?: string;
  ms: number;
  /** A 200 whose body carried GraphQL errors. */
  graphqlError: boolean;
  /** How late the generator sent it. */
  lagMs: number;
}

export interface LoadResult {
  operations: Sample[];
  health: Sample[];
}

interface Answer {
  status: number;
  body: string;
  error?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

/** One HTTP request on a keep-alive agent with no socket limit; status 0 on timeout or error. */
function send(
  url: URL,
  timeoutMs: number,
  body?: { text: string; token: string },
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        agent,
        method: body === undefined ? 'GET' : 'POST',
        timeout: timeoutMs,
        headers:
          body === undefined
            ? {}
            : {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(body.text),
                authorization: `Bearer ${body.token}`,
              },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ status: 0, body: '', error: error.code ?? 'error' }),
        );
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'timeout' })));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, body: '', error: error.code ?? 'error' }),
    );
    req.end(body?.text);
  });
}

async function timed(go: () => Promise<Answer>, dueAt: number): Promise<Sample> {
  const lagMs = performance.now() - dueAt;
  const { status, body, error } = await go();
  return {
    status,
    ...(error === undefined ? {} : { error }),
    ms: performance.now() - dueAt,
    graphqlError: status === 200 && body.includes('"errors"'),
    lagMs,
  };
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const payload = { text: JSON.stringify({ query: plan.query }), token: plan.token };
  const graphqlUrl = new URL('/graphql', plan.url);
  const healthUrl = new URL('/healthz', plan.url);
  const operation = (): Promise<Answer> => send(graphqlUrl, plan.timeoutMs, payload);
  const health = (): Promise<Answer> => send(healthUrl, plan.timeoutMs);
  // Open the connections first, as long-running clients hold them: connection set-up is not
  // what is measured.
  await Promise.all(Array.from({ length: plan.connections }, () => health()));

  const total = Math.round(plan.rate * plan.seconds);
  const healthTotal = Math.floor((plan.seconds * 1000) / plan.healthEveryMs);
  const operations: Promise<Sample>[] = [];
  const probes: Promise<Sample>[] = [];
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const operationDue = (): number => start + (operations.length * 1000) / plan.rate;
    const probeDue = (): number => start + probes.length * plan.healthEveryMs;
    const tick = (): void => {
      const now = performance.now();
      while (operations.length < total && operationDue() <= now)
        operations.push(timed(operation, operationDue()));
      while (probes.length < healthTotal && probeDue() <= now)
        probes.push(timed(health, probeDue()));
      if (operations.length >= total && probes.length >= healthTotal) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  return { operations: await Promise.all(operations), health: await Promise.all(probes) };
}

run(workerData as LoadPlan)
  .then((result) => parentPort?.postMessage(result))
  .catch((error: unknown) => {
    throw error;
  });
