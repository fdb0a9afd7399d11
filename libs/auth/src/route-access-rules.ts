import { RequestMethod, type INestApplicationContext, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE_KEY, type AccessRule, isAccessRule } from './access-rule.js';

/** One HTTP route a controller declares, with the access rule the guard will apply to it. */
export interface RouteAccessEntry {
  readonly controller: string;
  readonly handler: string;
  /** `GET`, `POST`, ... */
  readonly method: string;
  /** The path as declared, with the global prefix when one is given; `:id` parameters as written. */
  readonly path: string;
  /** Undefined when the route has none: the guard refuses it. */
  readonly rule: AccessRule | undefined;
}

export interface RouteAccessOptions {
  /** The prefix given to `app.setGlobalPrefix`, which Nest keeps out of the controllers' metadata. */
  readonly globalPrefix?: string;
}

/**
 * Lists every route of every controller in an application (or behind a DiscoveryService) with its rule,
 * read the same way the guard reads it: the method's rule, else the controller's. A test walks this list
 * to prove that no route is left without a rule. Versioning and RouterModule prefixes are not applied.
 */
export function getRouteAccessRules(
  source: INestApplicationContext | DiscoveryService,
  options: RouteAccessOptions = {},
): RouteAccessEntry[] {
  const discovery =
    source instanceof DiscoveryService ? source : new DiscoveryService(source.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const entries: RouteAccessEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Type | null;
    if (controller === null || typeof controller !== 'function') continue;
    const prototype = controller.prototype as Record<string, unknown>;
    const classRule: unknown = Reflect.getMetadata(ACCESS_RULE_KEY, controller);
    for (const handlerName of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[handlerName];
      if (typeof handler !== 'function') continue;
      const handlerPaths = paths(Reflect.getMetadata(PATH_METADATA, handler));
      if (handlerPaths === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod] ?? 'GET';
      const declared: unknown = Reflect.getMetadata(ACCESS_RULE_KEY, handler) ?? classRule;
      const rule = isAccessRule(declared) ? declared : undefined;
      for (const controllerPath of paths(Reflect.getMetadata(PATH_METADATA, controller)) ?? ['/']) {
        for (const handlerPath of handlerPaths) {
          const path = joinPath(options.globalPrefix ?? '', controllerPath, handlerPath);
          entries.push({ controller: controller.name, handler: handlerName, method, path, rule });
        }
      }
    }
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/**
 * Throws, naming each one, when a route has no rule or a public route names a rate limit that is not
 * configured. Meant for start-up and for tests, so the mistake surfaces before a request does.
 */
export function assertRouteAccessRules(
  source: INestApplicationContext | DiscoveryService,
  options: RouteAccessOptions & { readonly rateLimits?: readonly string[] } = {},
): void {
  const problems = getRouteAccessRules(source, options).flatMap((route) => {
    const name = `${route.method} ${route.path} (${route.controller}.${route.handler})`;
    if (route.rule === undefined) return [`${name} has no access rule`];
    const limit = route.rule.kind === 'public' ? route.rule.rateLimit : undefined;
    if (limit !== undefined && options.rateLimits !== undefined && !options.rateLimits.includes(limit)) {
      return [`${name} names the unknown rate limit "${limit}"`];
    }
    return [];
  });
  if (problems.length > 0) throw new Error(`Routes with access problems:\n${problems.join('\n')}`);
}

function paths(metadata: unknown): string[] | undefined {
  if (typeof metadata === 'string') return [metadata];
  if (Array.isArray(metadata)) return metadata.filter((path): path is string => typeof path === 'string');
  return undefined;
}

function joinPath(...parts: string[]): string {
  const segments = parts.map((part) => part.replace(/^\/+|\/+$/g, '')).filter((part) => part.length > 0);
  return `/${segments.join('/')}`;
}
