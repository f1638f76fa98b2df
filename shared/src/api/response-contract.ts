import type { z } from 'zod';

/** True only when A and B are the same type, not merely assignable one way (a missing optional field counts). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * One route's answer: its DTO type and the schema that checks it. The tab parses every answer with it, so a
 * server that drifts from the contract shows a clear error instead of a page that breaks on a missing field.
 */
export interface ResponseContract<T> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
}

/**
 * Binds a schema to its DTO. It compiles only when the schema's output is exactly the DTO, so a field added to
 * the DTO and not to the schema (or the other way round) is a type error here, not a silently stripped value.
 */
export function contractOf<T>() {
  return <S extends z.ZodType>(
    name: string,
    schema: S & (Same<z.output<S>, T> extends true ? unknown : { schemaDiffersFromItsDto: T }),
  ): ResponseContract<T> => ({ name, schema: schema as unknown as z.ZodType<T> });
}
