import type { FastifyRequest } from "fastify";

/** Where a change came from, for its audit event: the client address and browser (procedure.9.b). */
export function auditContext(request: FastifyRequest): { ip: string; device: string | null } {
  return { ip: request.ip, device: request.headers["user-agent"]?.slice(0, 512) ?? null };
}
