import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
}

const documents = new Map<string, Promise<Document>>();
const validators = new Map<string, ValidateFunction>();
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));

function documentOf(baseUrl: string): Promise<Document> {
  let document = documents.get(baseUrl);
  if (!document) {
    document = fetch(`${baseUrl}/docs/openapi.json`).then((response) => response.json() as Promise<Document>);
    documents.set(baseUrl, document);
  }
  return document;
}

function templateOf(document: Document, path: string): string | undefined {
  return Object.keys(document.paths).find((template) =>
    new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
}

/**
 * Checks an answer against the OpenAPI document the service serves: the status must be one the operation
 * lists, and a JSON body must match the schema given for that status and media type.
 */
export async function checkAgainstDocument(
  baseUrl: string,
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  body: unknown,
): Promise<void> {
  const document = await documentOf(baseUrl);
  const path = decodedPath(url.split('?')[0] ?? '');
  const template = templateOf(document, path);
  const operation = template ? document.paths[template]?.[method.toLowerCase()] : undefined;
  if (!template || !operation) return; // a path or method the API does not serve: 404 and 405 are checked elsewhere
  const response = operation.responses[String(status)];
  if (!response) {
    throw new Error(
      `${method} ${template} answered ${status}, which the OpenAPI document does not list (${Object.keys(operation.responses).join(', ')})`,
    );
  }
  const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
  const schema = response.content?.[mediaType]?.schema;
  if (!schema || !mediaType.endsWith('json')) return;
  const key = `${baseUrl} ${method} ${template} ${status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(withNullables({ ...schema, components: document.components }) as object);
    validators.set(key, validate);
  }
  if (!validate(body)) {
    throw new Error(
      `${method} ${template} ${status} does not match its documented schema: ${ajv.errorsText(validate.errors)}`,
    );
  }
}

/**
 * OpenAPI 3.0's `nullable: true` lets a value be null whatever else the schema says, also beside an
 * `allOf` of a referenced schema (how a nullable object property is written); JSON Schema says that with
 * `anyOf: [null, schema]`.
 */
function withNullables(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNullables);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, withNullables(value)] as const),
  );
  if (copy.nullable !== true) return copy;
  delete copy.nullable;
  return { anyOf: [{ type: 'null' }, copy] };
}

/** The path as the router matches it; a malformed percent-encoding stays as sent (it matches its template raw). */
function decodedPath(raw: string): string {
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}
