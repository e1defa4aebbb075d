import { fail, redirect } from '@sveltejs/kit';
import { homeFor } from '#lib/portal/portal-paths.ts';
import { demoUsers, signedInUser, userCookie } from '#lib/server/sign-in.ts';

export async function load({ cookies }) {
  return { users: await demoUsers(), current: signedInUser(cookies) };
}

export const actions = {
  default: async ({ request, cookies, url }) => {
    const user = (await request.formData()).get('user');
    const chosen = (await demoUsers()).find((candidate) => candidate.sub === user);
    if (typeof user !== 'string' || !chosen) return fail(400, { problem: 'Pick one of the demo users.' });
    cookies.set(userCookie, user, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 7 * 24 * 3600 });
    redirect(303, homeFor(chosen.roles));
  },
};
