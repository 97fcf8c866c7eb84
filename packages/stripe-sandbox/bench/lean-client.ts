import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

interface Waiting {
  resolve: (body: Buffer[]) => void;
  reject: (error: Error) => void;
}

/**
 * A minimal HTTP/1.1 client on one keep-alive connection: GET only, answers
 * with Content-Length only (all the sandbox sends), the body handed back as
 * the chunks it arrived in. It keeps the client's own cost per page small, so
 * the bench measures the server.
 */
export class LeanClient {
  private chunks: Buffer[] = [];
  private received = 0;
  private head: { text: string; bodyStart: number; length: number } | null = null;
  private waiting: Waiting | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.received += chunk.length;
      this.settle();
    });
    socket.on('error', (error) => this.waiting?.reject(error));
  }

  static async open(port: number): Promise<LeanClient> {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    return new LeanClient(socket);
  }

  /** GETs `path`; resolves with the body of a 200 (as chunks), rejects on any other status. */
  get(path: string, headers: Record<string, string>): Promise<Buffer[]> {
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${lines.join('')}\r\n`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private settle(): void {
    if (this.waiting === null) return;
    if (this.head === null) {
      const start = Buffer.concat(this.chunks);
      this.chunks = [start];
      const end = start.indexOf('\r\n\r\n');
      if (end < 0) return;
      const text = start.toString('latin1', 0, end);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(text)?.[1] ?? 'NaN');
      this.head = { text, bodyStart: end + 4, length };
    }
    const { text, bodyStart, length } = this.head;
    if (this.received < bodyStart + length) return;
    const body: Buffer[] = [];
    let skip = bodyStart;
    let left = length;
    for (const chunk of this.chunks) {
      const part = chunk.subarray(
        Math.min(skip, chunk.length),
        Math.min(chunk.length, skip + left),
      );
      skip = Math.max(0, skip - chunk.length);
      left -= part.length;
      if (part.length > 0) body.push(part);
    }
    this.chunks = [];
    this.received = 0;
    this.head = null;
    const { resolve, reject } = this.waiting;
    this.waiting = null;
    if (text.startsWith('HTTP/1.1 200')) resolve(body);
    else
      reject(
        new Error(
          `${text.split('\r\n', 1)[0] ?? ''}: ${Buffer.concat(body).toString('utf8', 0, 300)}`,
        ),
      );
  }
}
