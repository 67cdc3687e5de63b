import { css } from 'lit';

/**
 * A warning banner: the site's notices (storage, offline, updates), the class sheet's alerts and
 * the pretend phone's "a simulation" strip. Apart from shared.styles.ts, which is in the chunk every
 * lesson page loads, whose quiz shows no banner.
 */
export const bannerStyles = css`
  .banner {
    border: 3px solid var(--hs-warn-border);
    background: var(--hs-warn-bg);
    border-radius: var(--hs-radius);
    padding: var(--hs-space-2) var(--hs-space);
    margin: var(--hs-space) 0;
  }
`;
