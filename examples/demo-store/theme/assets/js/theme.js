// Tiny storefront script: marks the page as JavaScript-capable and wires the mobile menu.
(function () {
    document.documentElement.classList.remove('no-js');
    document.documentElement.classList.add('js');

    var nav = document.querySelector('.site-nav');
    if (!nav) {
        return;
    }
    nav.addEventListener('click', function (event) {
        if (event.target.matches('.site-nav__toggle')) {
            nav.classList.toggle('site-nav--open');
        }
    });
}());
