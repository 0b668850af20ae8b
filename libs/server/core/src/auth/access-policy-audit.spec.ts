import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Public, Roles } from './access-policy';
import { AccessPolicyAudit } from './access-policy-audit';

@Controller('guarded')
class GuardedController {
  @Get('open')
  @Public()
  open() {}

  @Get('staff')
  @Roles('admin')
  staff() {}
}

@Controller('forgetful')
class ForgetfulController {
  @Get()
  forgot() {}
}

@Roles('hr_manager')
@Controller('class-level')
class ClassLevelController {
  @Get()
  inherits() {}
}

async function boot(...controllers: unknown[]) {
  @Module({ imports: [DiscoveryModule], controllers: controllers as never[], providers: [AccessPolicyAudit] })
  class M {}
  const moduleRef = await Test.createTestingModule({ imports: [M] }).compile();
  return moduleRef.createNestApplication(new FastifyAdapter()).init();
}

describe('AccessPolicyAudit', () => {
  it('lets an app start when every handler declares a policy, on the method or the class', async () => {
    const app = await boot(GuardedController, ClassLevelController);
    await app.close();
  });

  it('refuses to start an app with a handler that declares none, naming it', async () => {
    await expect(boot(GuardedController, ForgetfulController)).rejects.toThrow('ForgetfulController.forgot');
  });
});
