import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

/**
 * Replaces Fastify's JSON parser so a malformed body is answered with what is wrong and where
 * ("Unexpected token } in JSON at position 12"), while still refusing prototype-poisoning keys.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") {
      done(new AppError("validation_failed", "The request body is empty; send a JSON object."), undefined);
      return;
    }
    try {
      done(null, JSON.parse(text, refusePoisonedKeys));
    } catch (err) {
      if (err instanceof AppError) return done(err, undefined);
      done(
        new AppError("validation_failed", `The request body is not valid JSON: ${describeProblem(err)}.`),
        undefined,
      );
    }
  });
}

/** The parser's complaint without the copy of the input it sometimes quotes (it may hold a password). */
function describeProblem(err: unknown): string {
  if (!(err instanceof Error)) return "it could not be parsed";
  const quoteAt = err.message.indexOf(', "');
  return quoteAt > 0 && err.message.endsWith("is not valid JSON")
    ? err.message.slice(0, quoteAt)
    : err.message;
}

function refusePoisonedKeys(key: string, value: unknown): unknown {
  if (
    key === "__proto__" ||
    (key === "constructor" && value !== null && typeof value === "object" && "prototype" in value)
  ) {
    throw new AppError("validation_failed", `The request body may not contain the key "${key}".`);
  }
  return value;
}
