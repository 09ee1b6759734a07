// PhotoSwipe 5: the lightbox, its core loaded on demand, and its CSS.
import PhotoSwipeLightbox from 'photoswipe/lightbox';
import 'photoswipe/style.css';

window.anchor = (gallery) => new PhotoSwipeLightbox({ gallery, children: 'a', pswpModule: () => import('photoswipe') }).init();
