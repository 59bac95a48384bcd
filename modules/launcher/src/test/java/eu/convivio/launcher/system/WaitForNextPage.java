package eu.convivio.launcher.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * After a click that posts a form or follows a link, waits until the old document is gone and the
 * new one has loaded, so that the test's next look is at the answering page. Public because
 * Selenium's {@code EventFiringDecorator} calls it by reflection.
 */
public final class WaitForNextPage implements WebDriverListener {

    /** Whether clicking the element leaves the page: a submit whose form would be sent, or a plain link. */
    private static final String NAVIGATES = """
            const e = arguments[0];
            if (e.disabled) return false;
            if (e.tagName === 'A') {
              const href = e.getAttribute('href');
              return !!href && !href.startsWith('#') && !href.startsWith('javascript:')
                  && !e.hasAttribute('download') && (!e.target || e.target === '_self');
            }
            const type = (e.getAttribute('type') || (e.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase();
            if ((e.tagName === 'INPUT' || e.tagName === 'BUTTON') && (type === 'submit' || type === 'image') && e.form) {
              return e.formNoValidate || e.form.noValidate || e.form.checkValidity();
            }
            return false;
            """;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ChromeDriver chrome;
    private WebElement leaving;

    WaitForNextPage(ChromeDriver chrome) {
        this.chrome = chrome;
    }

    @Override
    public void beforeClick(WebElement element) {
        leaving = Boolean.TRUE.equals(chrome.executeScript(NAVIGATES, element))
                ? chrome.findElement(By.tagName("html"))
                : null;
    }

    @Override
    public void afterClick(WebElement element) {
        if (leaving == null) {
            return;
        }
        WebElement old = leaving;
        leaving = null;
        new WebDriverWait(chrome, PATIENCE).until(ExpectedConditions.stalenessOf(old));
        new WebDriverWait(chrome, PATIENCE).ignoring(WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
