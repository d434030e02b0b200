import { fail } from '../../shared/api/errors';
import type { Bed, Person, Stay } from '../../shared/domain/schemas';
import type { ServiceContext } from './context';

export async function requireStay(ctx: ServiceContext, id: string): Promise<Stay> {
  return (await ctx.repo.getStay(id)) ?? fail('NOT_FOUND', { entity: 'stay', id });
}

export async function requirePerson(ctx: ServiceContext, id: string): Promise<Person> {
  return (await ctx.repo.getPerson(id)) ?? fail('NOT_FOUND', { entity: 'person', id });
}

export async function requireBed(ctx: ServiceContext, id: string): Promise<Bed> {
  return (await ctx.repo.getBed(id)) ?? fail('NOT_FOUND', { entity: 'bed', id });
}
