/**
 * `production` hides what helps an attacker more than a user (introspection,
 * field suggestions, landing pages); `development` keeps them for people
 * exploring the graph. PLEXUS_MODE decides; unset, NODE_ENV=production does.
 */
export type PlexusMode = 'production' | 'development';

export function plexusMode(env: NodeJS.ProcessEnv = process.env): PlexusMode {
  if (env.PLEXUS_MODE === 'production' || env.PLEXUS_MODE === 'development') return env.PLEXUS_MODE;
  return env.NODE_ENV === 'production' ? 'production' : 'development';
}
