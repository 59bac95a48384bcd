// The comparison page's print button: CSP forbids inline handlers, so it is wired here.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print-comparison');
    if (button) {
        button.addEventListener('click', function () { window.print(); });
    }
});
