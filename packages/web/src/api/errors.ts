/** An error the API answered with: `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown[] | undefined;

  constructor(status: number, code: string, message: string, details?: unknown[]) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

/** Turns any failed response into an ApiError, even when the body is not the documented shape. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: ErrorBody | undefined;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = undefined;
  }
  const code = typeof body?.error?.code === "string" ? body.error.code : `http_${response.status}`;
  const message =
    typeof body?.error?.message === "string"
      ? body.error.message
      : "Sorry, there is a problem with the service.";
  const details = Array.isArray(body?.error?.details) ? body.error.details : undefined;
  return new ApiError(response.status, code, message, details);
}
