import { OrgUnit } from './org-unit.entity';

export const ORG_ENTITIES = [OrgUnit];
export * from './org-unit.entity';
export * from './org-scope';
export * from './org-tree';
export * from './org-units.repository';
export * from './org-units.service';
export * from './org.exception';
export * from './org.module';
export * from './org-http.module';
export * from './dtos/create-org-unit.dto';
export * from './typeorm-org-units.repository';
