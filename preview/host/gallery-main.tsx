/** Browser entry of `/gallery`: the fake bridge first, then the renderer's own fixture page. */
import './install-host';
import '../fixtures/gallery-app';
