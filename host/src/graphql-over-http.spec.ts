import { describe, expect, it } from 'vitest';
import { HttpRefusal, parseRequestBody } from './graphql-over-http.ts';

const refusalOf = (text: string) => {
  try {
    parseRequestBody(text);
  } catch (error) {
    return error instanceof HttpRefusal ? [error.status, error.code] : error;
  }
  return undefined;
};

describe('reading a GraphQL request body', () => {
  it('refuses what is not one JSON operation with a coded 400', () => {
    expect(refusalOf('{"query": "{ a }"')).toEqual([400, 'BAD_REQUEST']);
    expect(refusalOf('[{"query": "{ a }"}]')).toEqual([400, 'BAD_REQUEST']);
    expect(refusalOf('{"query": 1}')).toEqual([400, 'BAD_REQUEST']);
    expect(refusalOf('{"query": "{ a }", "variables": []}')).toEqual([400, 'BAD_REQUEST']);
  });

  it('refuses the NUL character anywhere in the operation or its variables, which no system can store', () => {
    expect(refusalOf(JSON.stringify({ query: '{ a }', variables: { x: ['ok', { y: 'a\u0000b' }] } }))).toEqual([400, 'BAD_USER_INPUT']);
    expect(refusalOf(JSON.stringify({ query: '{ a(x: "\\u0000") }' }))).toEqual([400, 'BAD_USER_INPUT']);
    expect(parseRequestBody(JSON.stringify({ query: '{ a }', variables: { x: 'fine' } }))).toEqual({ query: '{ a }', variables: { x: 'fine' } });
  });
});
