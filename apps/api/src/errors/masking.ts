import { AppError, ErrorCode } from './app-error.js';

/** What the edge answers for an error: safe code, message, status. */
export interface PublicError {
  code: ErrorCode;
  message: string;
  status: number;
  requestId: string;
}

/** Maps any thrown value to a public error; unknown errors are masked with the request id. */
export function toPublicError(error: unknown, requestId: string): PublicError {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, status: error.httpStatus, requestId };
  }
  return {
    code: ErrorCode.INTERNAL,
    message: `Internal server error (request ${requestId})`,
    status: 500,
    requestId,
  };
}
