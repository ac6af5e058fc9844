// Written for Qari's tests: a news ticker that writes text into the page when scripts run.
document.write('<div class="ticker">عاجل: انقطاع الكهرباء عن الحي الشرقي لساعتين بسبب أعمال الصيانة</div>');
