import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_POLICY } from './access-policy';

/** Lists route handlers that declare no access policy, as "Controller.method". */
export function findHandlersWithoutPolicy(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): string[] {
  const missing: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance) continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      if (!reflector.getAllAndOverride(ACCESS_POLICY, [handler, wrapper.metatype as object])) {
        missing.push(`${wrapper.name}.${name}`);
      }
    }
  }
  return missing;
}

/** Refuses to start an API in which any handler forgot to say who may call it. */
@Injectable()
export class AccessPolicyAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const missing = findHandlersWithoutPolicy(this.discovery, this.scanner, this.reflector);
    if (missing.length) {
      throw new Error(`These handlers declare no access policy (@Public, @Authenticated or @Roles): ${missing.join(', ')}`);
    }
  }
}
