import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-scope.js';

/** Paths pino blanks in every log line: tokens, secrets, credentials. */
export const REDACTED_PATHS = [
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["stripe-signature"]',
  'res.headers["set-cookie"]',
  '*.accessToken',
  '*.refreshToken',
  '*.access_token',
  '*.refresh_token',
  '*.client_secret',
  '*.secret',
  '*.token',
  'accessToken',
  'refreshToken',
  'token',
  'secret',
];

/** Token-shaped strings that must never reach a log line, whatever field holds them. */
const SECRET_PATTERN =
  /\b(sk|rk|pk|ac|rt|whsec|sk_test|sk_live)_[A-Za-z0-9_]{6,}|eyJ[\w-]+\.[\w-]+\.[\w-]+/g;

/** Replaces anything token-shaped in free text (error messages, URLs) with a mask. */
export function scrubSecrets(text: string): string {
  return text.replace(SECRET_PATTERN, (match) => `${match.slice(0, 3)}****`);
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId === undefined ? {} : { requestId };
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg)) as Parameters<
              typeof method
            >,
          );
        },
      },
    },
    destination ?? pino.destination(1),
  );
}
