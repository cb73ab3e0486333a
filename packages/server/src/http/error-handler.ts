import { hasZodFastifySchemaValidationErrors } from "@fastify/type-provider-zod";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, type ErrorDetail } from "../errors.ts";

/**
 * Every error leaves as `{ error: { code, message, details? } }`. Errors the application
 * raised keep their code; framework errors are mapped by status; anything unexpected is
 * logged in full and answered as `internal` without its message. Not-found answers live in
 * web-app.ts, beside the single-page fallback they share a decision with.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.code === "internal") {
      request.log.error({ err: error }, "request failed");
    } else if (appError.code === "rate_limited") {
      request.log.warn({ code: appError.code }, appError.message);
    }
    return sendError(reply, appError);
  });
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  return reply.code(error.status).type("application/json; charset=utf-8").send(error.toJSON());
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? "body";
    const details: ErrorDetail[] = error.validation.map((issue) => ({
      path: [where, ...issue.instancePath.split("/").filter(Boolean)].join("."),
      message: issue.message ?? "is not valid",
    }));
    const summary = details.map((d) => `${d.path}: ${d.message}`).join("; ");
    return new AppError("validation_failed", `The request is not valid: ${summary}.`, { details });
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("payload_too_large", "The request body is too large.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError(
        "validation_failed",
        "The request body must be JSON (Content-Type: application/json).",
      );
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("validation_failed", "The request body is empty; send a JSON object.");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("validation_failed", "The request body is not valid JSON.");
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) return new AppError("payload_too_large", "The request body is too large.");
  if (status === 429) return new AppError("rate_limited", "Too many requests. Wait a minute and try again.");
  if (status === 404) return new AppError("not_found", "Not found.");
  if (status >= 400 && status < 500) {
    return new AppError(
      "validation_failed",
      `The request is not valid: ${fastifyError.message ?? "bad request"}.`,
    );
  }
  return new AppError(
    "internal",
    "Something went wrong on our side. Try again, and tell the administrator if it keeps happening.",
    {
      cause: error,
    },
  );
}
