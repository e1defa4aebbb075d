import type { Cookies } from '@sveltejs/kit';
import { demoUsers, signedInUser } from './sign-in.ts';

/** The signed-in user's roles, to offer only what they may do; none when nobody is signed in or the issuer is unreachable. */
export async function viewerRoles(cookies: Cookies): Promise<string[]> {
  const user = signedInUser(cookies);
  if (!user) return [];
  const users = await demoUsers().catch(() => []);
  return users.find((candidate) => candidate.sub === user)?.roles ?? [];
}
