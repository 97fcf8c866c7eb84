import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A port another program holds: the message names the port and the variable that moves it. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly variable: string,
    what: string,
  ) {
    super(
      `Port ${port} (${what}) is already in use. Stop the program that holds it, or set ${variable} to another port, e.g. ${variable}=${port + 1}.`,
    );
    this.name = 'PortInUseError';
  }
}

/** Whether `error` is the operating system's "address already in use". */
export function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
}

/**
 * Listens on `port` and resolves with the port taken; a port in use rejects at once with a
 * {@link PortInUseError} naming `variable`, instead of an error event nobody handles.
 */
export function listenOn(
  server: Server,
  port: number,
  naming: { variable: string; what: string },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error): void => {
      reject(
        isAddressInUse(error) ? new PortInUseError(port, naming.variable, naming.what) : error,
      );
    };
    server.once('error', failed);
    server.listen(port, () => {
      server.off('error', failed);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
