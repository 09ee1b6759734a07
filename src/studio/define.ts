/** Registers the studio's elements: `<baltic-studio>` and its preview. */
import { BalticStudio } from './ui/studio-app.js';
import { BalticStudioPreview } from './ui/studio-preview.js';

export { BalticStudio, BalticStudioPreview };

if (!customElements.get('baltic-studio-preview')) customElements.define('baltic-studio-preview', BalticStudioPreview);
if (!customElements.get('baltic-studio')) customElements.define('baltic-studio', BalticStudio);
