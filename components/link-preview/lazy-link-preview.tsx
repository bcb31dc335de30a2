'use client';

/**
 * Link previews, loaded after the page: nothing of them is on the first screen (a card
 * shows only when a link is hovered or focused), so their code is not in the page's
 * first load.
 */
import dynamic from 'next/dynamic';

export const LazyLinkPreview = dynamic(() => import('./link-preview').then((m) => m.LinkPreview), { ssr: false });
