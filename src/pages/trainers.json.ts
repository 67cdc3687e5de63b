import { getTrainerRegistry } from '../data/trainers';

/**
 * /trainers.json: the trainer keys this version of the site trusts, which the check page verifies
 * signed slips against, offline once fetched. A bad registry file fails the build here, by name.
 */
export async function GET(): Promise<Response> {
  return new Response(`${JSON.stringify(await getTrainerRegistry())}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
