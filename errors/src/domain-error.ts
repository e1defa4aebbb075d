/**
 * The four ways a request can be refused. Each is also the GraphQL
 * `extensions.code` the client sees, so analysts can branch on it.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

/**
 * A refusal that rules and services raise without knowing about GraphQL; the
 * host turns it into a GraphQLError with the same code and message.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** What the client may act on: the offending field, id or line. */
  readonly details: Record<string, unknown>;
  constructor(code: DomainErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  new DomainError('NOT_FOUND', message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, details);
