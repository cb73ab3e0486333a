import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Paths pino blanks out wherever they appear in a log line. Request and response serializers
 * already leave out headers and bodies; redaction is the second line of defence for anything
 * logged by hand.
 */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "password_hash",
  "*.password_hash",
  "token",
  "*.token",
  "csrfToken",
  "*.csrfToken",
  "body",
  "*.body",
  "headers.cookie",
  "headers.authorization",
  'headers["set-cookie"]',
  'headers["x-csrf-token"]',
  "*.headers.cookie",
  "*.headers.authorization",
  '*.headers["set-cookie"]',
  '*.headers["x-csrf-token"]',
  "secretKey",
  "*.secretKey",
];

interface LoggedRequest {
  id?: string;
  method: string;
  url: string;
  ip?: string;
}

/** Method, path (without the query string, which may carry tokens), request id and address. */
function serializeRequest(request: LoggedRequest) {
  const queryAt = request.url.indexOf("?");
  return {
    id: request.id,
    method: request.method,
    url: queryAt === -1 ? request.url : request.url.slice(0, queryAt),
    ip: request.ip,
  };
}

function serializeResponse(reply: { statusCode: number }) {
  return { statusCode: reply.statusCode };
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { req: serializeRequest, res: serializeResponse, err: pino.stdSerializers.err },
    },
    options.destination,
  );
}
